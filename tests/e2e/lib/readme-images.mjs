// README images: with E2E_README_IMAGES=1 (npm run screenshots), the journeys also save a few
// screenshots into docs/images/, each cropped to one card in the chat area.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export const readmeImagesDir = path.join(repoRoot, 'docs', 'images');
export const readmeImagesWanted = () => process.env.E2E_README_IMAGES === '1';

const MAX_WIDTH = 900;
const HEADER_PX = 28; // "Test Bot  4:12 PM" above a card
const MARGIN_PX = 3;

/**
 * Saves docs/images/<name>.png: from the chat column's left edge and the bot's name above `card`
 * to the card's right and bottom edges. The Playground's own notes around it ("Your response was sent to the app") are
 * closed first. A card taller than the window gets a taller window for the moment.
 */
export async function saveReadmeImage(page, card, name) {
  fs.mkdirSync(readmeImagesDir, { recursive: true });
  const filePath = path.join(readmeImagesDir, `${name}.png`);
  const viewport = page.viewportSize();
  try {
    const frame = card.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " fai-OutputCard ")][1]');
    const outline = (await frame.count()) > 0 ? frame : card;
    await dismissNotes(outline);

    const { height } = await outline.boundingBox();
    if (height + 4 * HEADER_PX > viewport.height - 150) {
      await page.setViewportSize({ width: viewport.width, height: Math.ceil(height + 4 * HEADER_PX + 250) });
    }
    await outline.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0); // no hover highlight on the card's buttons
    const clip = await outline.evaluate(
      (element, { header, margin, maxWidth }) => {
        let column = element.parentElement;
        while (column && !['auto', 'scroll'].includes(getComputedStyle(column).overflowY)) column = column.parentElement;
        const box = element.getBoundingClientRect();
        const area = (column ?? element).getBoundingClientRect();
        const width = Math.min(box.right + margin - area.left, maxWidth);
        const top = Math.max(area.top, box.top - header);
        return { x: area.left, y: top, width, height: Math.min(area.bottom, box.bottom + margin) - top };
      },
      { header: HEADER_PX, margin: MARGIN_PX, maxWidth: MAX_WIDTH },
    );
    await page.screenshot({ path: filePath, clip, animations: 'disabled', caret: 'hide' });
  } finally {
    if (page.viewportSize().height !== viewport.height) await page.setViewportSize(viewport);
  }
  return filePath;
}

/** Closes the Playground's note under a card that was answered, "Your response was sent to the app". */
async function dismissNotes(outline) {
  const note = outline.getByText('Your response was sent to the app');
  if ((await note.count()) === 0) return;
  await note.first().locator('xpath=..').getByRole('button').first().click();
  await note.first().waitFor({ state: 'detached', timeout: 5_000 });
}
