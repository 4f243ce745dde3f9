/** Strict XML parsing for tests: a syntax check (fast-xml-validator), then a parse that keeps attributes. */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

/** Parses an XML document; throws with the validator's message when it is not well-formed. */
export function parseXml(text: string): Record<string, any> {
  if (!text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error('XML không có khai báo <?xml version="1.0" encoding="UTF-8"?> ở đầu');
  SyntaxValidator.validate(text);
  return parser.parse(text);
}
