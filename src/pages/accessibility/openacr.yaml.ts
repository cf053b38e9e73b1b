import type { APIRoute } from 'astro';
import { Document, Scalar } from 'yaml';
import site from '../../site.config';
import pkg from '../../../package.json';
import { conformanceReport } from '../../content/read';
import { productOf, toOpenAcr } from '../../lib/accessibility/report';

/**
 * The Accessibility Conformance Report in GSA's OpenACR format, built from the same data file
 * as /accessibility/report/ (tests/e2e/accessibility-report.spec.ts validates it against
 * OpenACR's schema).
 */
export const GET: APIRoute = async ({ site: origin }) => {
  const product = productOf(site, pkg, new URL('/accessibility/report/', origin));
  const { report, catalogId } = await conformanceReport(product);
  const header = `# ${report.title}, version ${report.product.version}, ${report.reportDate}.\n# Readable copy: ${product.website}\n`;
  const doc = new Document(toOpenAcr(report, catalogId), { aliasDuplicateObjects: false });
  // Quoted, so YAML 1.1 readers (js-yaml among them) keep the dates as the strings the schema wants.
  for (const key of ['report_date', 'last_modified_date'])
    (doc.get(key, true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  return new Response(header + doc.toString({ lineWidth: 0 }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
