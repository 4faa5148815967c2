/**
 * Delivery receipts drawn as inline SVG icons whose <title> names them (2026: "wds-ic-read",
 * "wds-ic-delivered" …), in a message's msg-meta and in a chat-list preview. Other wds-ic icons
 * (camera, microphone, document) are not receipts. Only the owner's own messages carry one.
 */
const RECEIPT_TITLE =
  /^wds-ic-(read|delivered|sent|check|double-check|dblcheck|pending|clock|time)\b/i;

/** Whether an svg <title> text names a delivery receipt. */
export function isReceiptTitle(text: string): boolean {
  return RECEIPT_TITLE.test(text.trim());
}
