import { printPdf } from './lib/render/print/print-pdf.js';
import { launchBrowser } from './lib/render/print/browser.js';
const header = { organization: 'X', version: '1', commit: 'abc', classification: 'Internal', validUntil: '2027-01-01' };
let t = performance.now();
const browser = await launchBrowser(); console.log('launch', Math.round(performance.now() - t));
for (let i = 0; i < 2; i++) {
  const r = await printPdf({ htmlFile: process.argv[2], pdfFile: '/tmp/pm/out.pdf', paper: 'a4', header, browser, sourceDateEpoch: 1794787200 });
  console.log(r.pages, JSON.stringify(r.timings));
}
await browser.close();
