// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/storage/settings';
import { OptionsApp } from '../../../src/ui/options/components/OptionsApp';
import { browser, portListeners, requests, setManagedPolicy } from './fake-browser';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const local = browser.storage.local;

beforeEach(() => {
  local.data = {};
  setManagedPolicy(null);
});
afterEach(cleanup);

async function open() {
  render(<OptionsApp />);
  await screen.findByText('Candor settings');
}

function upload(input: HTMLElement, text: string) {
  const file = new File([text], 'playbook.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the options page', () => {
  it('says everything is deleted only once the worker has answered that the wipe is done', async () => {
    await open();
    fireEvent.click(screen.getByTestId('delete-everything'));
    fireEvent.click(screen.getByTestId('delete-everything-confirm'));
    await waitFor(() => expect(requests.map((r) => r.message)).toContainEqual({ type: 'delete-everything' }));
    // During a live call the worker pushes panel states all the time: one arriving mid-wipe is not its answer.
    for (const listener of portListeners) listener({ type: 'panel-state' });
    for (const listener of portListeners) listener({ type: 'panel-state' });
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.queryByTestId('deleted')).toBeNull();
    requests.find((r) => (r.message as { type: string }).type === 'delete-everything')?.answer();
    await screen.findByTestId('deleted');
  });

  it('saves a change to storage.local at once, validated', async () => {
    await open();
    fireEvent.click(screen.getByLabelText(/^Shadow/u));
    fireEvent.change(await screen.findByLabelText('Who is the rep you are shadowing?'), { target: { value: '  Sam Rivera ' } });
    fireEvent.click(screen.getByTestId('overlay-enabled'));
    await waitFor(() => expect(local.data[SETTINGS_KEY]).toMatchObject({ mode: 'shadow', shadowRepName: 'Sam Rivera', overlay: { enabled: true } }));
  });

  it('switches a nudge off and rewords another', async () => {
    await open();
    const monologue = screen.getByTestId('nudge-monologue');
    fireEvent.click(monologue.querySelector('input[type="checkbox"]') as HTMLElement);
    const title = screen.getByTestId('nudge-stop-pitching').querySelector('input[type="text"]') as HTMLElement;
    fireEvent.change(title, { target: { value: 'Ask, do not tell' } });
    await waitFor(() =>
      expect((local.data[SETTINGS_KEY] as { coach: { nudges: unknown } }).coach.nudges).toEqual({
        monologue: { enabled: false },
        'stop-pitching': { title: 'Ask, do not tell' },
      }),
    );
  });

  it('shows every nudge in words, and says where the discovery reminder gets its question', async () => {
    await open();
    const fields = [...document.querySelectorAll<HTMLInputElement>('.nudge input[type="text"]')];
    expect(fields.map((f) => f.value).filter((v) => /^nudge_/u.test(v))).toEqual([]);
    // Its question follows the topic not yet explored, so a wording field there would change nothing.
    const gap = screen.getByTestId('nudge-discovery-gap');
    expect(gap.querySelectorAll('input[type="text"]')).toHaveLength(1);
    expect(gap.textContent).toContain('first discovery topic not yet explored');
  });

  it('rejects an invalid playbook with clear errors and changes nothing', async () => {
    await open();
    upload(screen.getByTestId('import'), JSON.stringify({ format: 'candor-playbook', version: 1, thresholds: { cooldownMs: 'soon' }, nudges: { 'be-pushy': {} } }));
    const errors = await screen.findByTestId('import-errors');
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('thresholds.cooldownMs: expected a number of milliseconds');
    expect(errors.textContent).toContain('unknown nudge id');
    expect(local.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('says what is wrong with a file that is not JSON', async () => {
    await open();
    upload(screen.getByTestId('import'), 'name,title\nfoo,bar');
    expect((await screen.findByTestId('import-errors')).textContent).toContain('not valid JSON');
  });

  it('imports a valid playbook', async () => {
    await open();
    upload(screen.getByTestId('import'), JSON.stringify({ format: 'candor-playbook', version: 1, competitors: ['Tipalti'], thresholds: { maxCardsPerMinute: 2 } }));
    await screen.findByTestId('import-ok');
    await waitFor(() => expect(local.data[SETTINGS_KEY]).toMatchObject({ competitors: ['Tipalti'], coach: { maxCardsPerMinute: 2 } }));
  });

  it("shows the administrator's fields with their values, disabled, with a note, and leaves the rest editable", async () => {
    setManagedPolicy({ thresholds: { cooldownMs: 120_000 }, nudges: { monologue: { enabled: false } }, keepTranscripts: false });
    await open();
    expect(await screen.findByTestId('policy-note')).toBeTruthy();
    const cooldown = screen.getByLabelText('Wait before the same card again') as HTMLInputElement;
    expect(cooldown.disabled).toBe(true);
    expect(cooldown.value).toBe('120');
    expect((screen.getByLabelText('Monologue length') as HTMLInputElement).disabled).toBe(false);
    const monologue = screen.getByTestId('nudge-monologue');
    expect((monologue.querySelector('input[type="checkbox"]') as HTMLInputElement).checked).toBe(false);
    expect((monologue.querySelector('input[type="checkbox"]') as HTMLInputElement).disabled).toBe(true);
    expect(monologue.textContent).toContain('Set by your administrator');
    expect((screen.getByTestId('keep-transcripts') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('keep-transcripts') as HTMLInputElement).checked).toBe(false);
    expect(screen.getAllByTestId('locked-note').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the stored number when a number field is cleared, and shows it again', async () => {
    local.data[SETTINGS_KEY] = { version: 2, retention: { days: 30, keepTranscripts: true }, coach: { maxCardsPerMinute: 4 } };
    await open();
    const days = (await screen.findByLabelText('Delete calls after')) as HTMLInputElement;
    await waitFor(() => expect(days.value).toBe('30'));
    fireEvent.change(days, { target: { value: '' } });
    expect(days.value).toBe('30');
    const maxCards = screen.getByLabelText('Most cards in a minute') as HTMLInputElement;
    fireEvent.change(maxCards, { target: { value: '' } });
    expect(maxCards.value).toBe('4');
    // Saves land in order: once a later change is stored, anything the cleared fields saved is there too.
    fireEvent.click(screen.getByTestId('overlay-enabled'));
    await waitFor(() => expect(local.data[SETTINGS_KEY]).toMatchObject({ overlay: { enabled: true } }));
    expect(local.data[SETTINGS_KEY]).toMatchObject({ retention: { days: 30 }, coach: { maxCardsPerMinute: 4 } });
  });

  it('rounds a fraction in a whole-number field, so what the field shows is what is stored', async () => {
    await open();
    const days = (await screen.findByLabelText('Delete calls after')) as HTMLInputElement;
    fireEvent.change(days, { target: { value: '30.5' } });
    const maxCards = screen.getByLabelText('Most cards in a minute') as HTMLInputElement;
    fireEvent.change(maxCards, { target: { value: '5.4' } });
    const cooldown = screen.getByLabelText('Wait before the same card again') as HTMLInputElement;
    fireEvent.change(cooldown, { target: { value: '30.4' } });
    await waitFor(() => expect(local.data[SETTINGS_KEY]).toMatchObject({ retention: { days: 31 }, coach: { maxCardsPerMinute: 5, cooldownMs: 30_000 } }));
    expect([days.value, maxCards.value, cooldown.value]).toEqual(['31', '5', '30']);
  });

  it("keeps the other competitors when one line is too long, shortening that line as it shows", async () => {
    await open();
    const competitors = screen.getByLabelText('Competitor names') as HTMLTextAreaElement;
    const long = `Our main rival in enterprise ${'and the public sector '.repeat(6)}`;
    fireEvent.change(competitors, { target: { value: `Salesforce\nHubSpot\n${long}\nPipedrive` } });
    const shortened = long.slice(0, 120).trim();
    await waitFor(() => expect(local.data[SETTINGS_KEY]).toMatchObject({ competitors: ['Salesforce', 'HubSpot', shortened, 'Pipedrive'] }));
    expect(competitors.value).toBe(`Salesforce\nHubSpot\n${shortened}\nPipedrive`);
  });

  it('lists every keyboard shortcut, including the overlay key', async () => {
    await open();
    expect(await screen.findByText('Alt+Shift+X')).toBeTruthy();
    expect(screen.getByText('Alt+Shift+H')).toBeTruthy();
  });
});
