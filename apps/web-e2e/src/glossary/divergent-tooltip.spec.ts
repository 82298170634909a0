import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

test.describe('begrippenlijst: uiteenlopende betekenis', () => {
  test('the tooltip of a divergent term stays inside a narrow viewport and Escape closes it (WCAG 1.4.13)', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Tooltip', organisation: 'DEFENSIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Tooltip ${seed.suffix}`,
      theme: 'Woorden die verschillen',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const label = `wachtleider${seed.suffix.replace(/[^a-z0-9]/gi, '')}`;
    await chairApi.glossary.create.mutate({
      prefLabel: label,
      maintainingGroupId: group.id,
      divergent: true,
      definitions: [
        { organisationId: defensie, text: 'De militair die de wacht van een kazerne leidt.' },
        { organisationId: politie, text: 'De leidinggevende van de dienst op het bureau.' },
      ],
    });
    const decision = await chairApi.decisions.create.mutate({
      groupId: group.id,
      question: `Wie beslist over de inzet bij een bewaking? (${seed.suffix})`,
      context: `Bij een gezamenlijke bewaking beslist de dienstdoende ${label} over de inzet ter plaatse.`,
      cooperationLevel: 'ASSISTANCE',
      topic: `Bewaking ${seed.suffix}`,
      outcome: 'UNCLEAR',
      organisationIds: [defensie, politie],
    });

    await page.setViewportSize({ width: 390, height: 800 });
    await signIn(page, chair.email);
    await page.goto(`/afwegingskader/${decision.id}`);
    const term = page.getByRole('link', { name: label, exact: true });
    await expect(term).toBeVisible({ timeout: 30_000 });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    const widthBefore = await pageWidth();

    await term.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('De leidinggevende van de dienst op het bureau.');
    const box = await tooltip.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0).toBe(true);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await pageWidth()).toBe(widthBefore);

    // Escape dismisses it without moving focus; hovering again brings it back.
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(term).toBeFocused();
    await term.hover();
    await expect(tooltip).toBeVisible();
  });
});
