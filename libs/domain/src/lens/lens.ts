/**
 * The organisation lens (issue 16): "Bekijk als: Gezamenlijk | Defensie | Politie".
 * It changes what comes first and what is counted, never what a person may read.
 * In the address as `?lens=politie` (the organisation's code in lower case; no
 * parameter is the joint view), and remembered per person in a cookie.
 */
export const lensParam = 'lens';
/** The joint view: every organisation alike. */
export const jointLens = 'gezamenlijk';

/** The cookie that remembers a person's lens in this browser (one per person, so a shared browser does not mix them). */
export function lensCookieName(userId: string): string {
  return `srw_lens_${userId.replace(/[^a-z0-9]/gi, '')}`;
}

/** An organisation code in lower case from the address or the cookie; null for the joint view or anything else. */
export function parseLens(value: string | null | undefined): string | null {
  if (!value) return null;
  const lens = value.trim().toLowerCase();
  if (lens === jointLens || !/^[a-z][a-z0-9_-]{0,29}$/.test(lens)) return null;
  return lens;
}

/** The lens as the address writes it. */
export function lensValue(organisationCode: string | null): string {
  return organisationCode ? organisationCode.toLowerCase() : jointLens;
}

/** The organisation a lens looks through, among those present; null for the joint view or an unknown code. */
export function lensOrganisation<O extends { code: string }>(
  lens: string | null,
  organisations: readonly O[],
): O | null {
  if (!lens) return null;
  return organisations.find((organisation) => organisation.code.toLowerCase() === lens) ?? null;
}

/** Which lens counts: the address first (a shared link), else what the person chose before. */
export function effectiveLens(fromAddress: string | null | undefined, remembered: string | null | undefined) {
  if (fromAddress !== null && fromAddress !== undefined && fromAddress !== '') return parseLens(fromAddress);
  return parseLens(remembered);
}
