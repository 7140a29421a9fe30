/**
 * Display names as meeting sites decorate them. Teams appends "(Guest)", "(External)" or a collision number
 * and shows a placeholder until it knows who is speaking; Zoom marks the local user with "(me)". Candor
 * remembers people by name, so the same person must always come out with the same name.
 */

/** Suffixes sites add to a name, in the UI languages seen so far. */
const DECORATION = /\s*\((?:guest|external|unverified|extern|gast|invité|invitado|externo|esterno|gość|гость|\d+)\)\s*$/iu;

/** Placeholders shown while the site does not know the speaker yet; treated as "no name". */
const PLACEHOLDERS = new Set([
  'unknown', 'unknown user', 'unknown speaker', 'guest', 'unbekannter benutzer', 'unbekannt', 'utilisateur inconnu',
  'inconnu', 'usuario desconocido', 'desconocido', 'utente sconosciuto', 'неизвестный пользователь', 'неизвестный',
]);

/** Zoom's marker for the local user in its participants list. */
const SELF_MARKER = /\s*\((?:me|moi|ich|yo|eu|我|я)\)\s*$/iu;

export interface CleanName {
  name: string | null;
  isSelfMarked: boolean;
}

export function cleanDisplayName(raw: string | null | undefined): CleanName {
  let name = (raw ?? '').replace(/\s+/gu, ' ').trim();
  const isSelfMarked = SELF_MARKER.test(name);
  name = name.replace(SELF_MARKER, '');
  while (DECORATION.test(name)) name = name.replace(DECORATION, '');
  if (name === '' || PLACEHOLDERS.has(name.toLowerCase())) return { name: null, isSelfMarked };
  return { name, isSelfMarked };
}
