/**
* Products a buyer may name as the tool they use today or another vendor they weigh ("we're on netsuite",
* "gong does that for us"). Caption text is lower case, so a product cannot be told by its capital: this list
* names well-known business software by words that are not also everyday English ("monday", "slack",
* "notion", "teams", "zoom" and "square" are left out on purpose). Cues still need context around a name:
* a product named in a question ("do you integrate with hubspot?") is not an alternative.
*/
const PRODUCT_NAMES = `
salesforce hubspot pipedrive zoho freshsales freshdesk zendesk intercom helpscout gorgias kustomer
gong salesloft zoominfo lusha clari highspot showpad
marketo pardot mailchimp klaviyo iterable activecampaign constantcontact sendgrid
quickbooks xero netsuite freshbooks tipalti expensify brex coupa navan
workday bamboohr rippling adp paychex paylocity cultureamp ashby
jira asana trello clickup wrike smartsheet airtable confluence
looker tableau powerbi sisense metabase amplitude mixpanel pendo hotjar fullstory
typeform surveymonkey qualtrics jotform calendly chilipiper docusign pandadoc hellosign
shopify bigcommerce magento woocommerce chargebee recurly zuora
servicenow okta auth0 onelogin jamf crowdstrike sentinelone
snowflake databricks fivetran redshift bigquery
sap oracle sharepoint dropbox webex ringcentral dialpad aircall talkdesk five9 genesys
mailchimp canva figma miro vidyard wistia
`;

export const KNOWN_PRODUCTS: ReadonlySet<string> = new Set(PRODUCT_NAMES.split(/\s+/u).filter((w) => w !== ''));

/** The product names as one regular-expression alternation. */
export const KNOWN_PRODUCT_SOURCE = [...KNOWN_PRODUCTS].join('|');
