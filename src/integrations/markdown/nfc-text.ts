/**
 * Sätteri hast plugin: every text node of a story body in NFC, whatever the
 * editor's keyboard produced (front matter is normalised by the schema).
 */
export const nfcText = {
  name: 'guong-sang:nfc-text',
  text(node: Readonly<{ type: 'text'; value: string }>) {
    const value = node.value.normalize('NFC');
    return value === node.value ? undefined : { ...node, value };
  },
};
