import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { businessTools, caseInsensitiveNames, type BusinessTool } from '../../src/lint/business-tools.js';
import { hostOf, NameFinder, type NamePattern } from '../../src/lint/tool-mentions.js';

const parser = unified().use(remarkParse);

const patterns: NamePattern<string>[] = businessTools.flatMap((tool: BusinessTool) => [
  ...caseInsensitiveNames(tool).map((text) => ({ text, kind: 'name' as const, subject: tool.name })),
  ...(tool.properNouns ?? []).map((text) => ({ text, kind: 'proper' as const, subject: tool.name })),
  ...(tool.domains ?? []).map((text) => ({ text, kind: 'domain' as const, subject: tool.name })),
]);
const finder = new NameFinder(patterns);
const named = (markdown: string): string[] => finder.inMarkdown(markdown, parser.parse(markdown)).map((m) => m.subject);

describe('finding tool names in prose', () => {
  it.each([
    ['Post the update in Slack', ['Slack']],
    ['- Slack time is for catching up', []],
    ['## Teams meet at nine', []],
    ['Done. Sage is down', []],
    ['Enter it in Sage as usual', ['Sage Accounting']],
    ['Use Slack for updates', ['Slack']],
    ['Tell the Front Desk and Nursing Teams', []],
    ['Ask Sage Thompson at the front desk', []],
    ['Call in Microsoft Teams', ['Microsoft Teams']],
    ['Enter it in Sage 50 as usual', ['Sage Accounting']],
    ['Post the forms to PO Box 12 and square the books', []],
    ['Keep a copy on Box.com and take cards on Square POS', ['Box', 'Square']],
    ['Open Microsoft Dynamics 365 Business Central', ['Microsoft Dynamics 365 Business Central']],
    ['Log in at acme.my.salesforce.com', ['Salesforce']],
    ['Open [the CRM](https://crm.zoho.com/crm)', ['Zoho CRM']],
    ['Write to [support](mailto:help@xero.com)', ['Xero']],
    ['Use the notsalesforce.com portal', []],
    ['Export with `quickbooks-export`', ['QuickBooks Online']],
    ['Check QuickBooks\nOnline', ['QuickBooks Online']],
  ])('%j names %j', (text, tools) => {
    expect(named(text)).toEqual(tools);
  });

  it('says a text might name a tool only when all of a name is in it', () => {
    expect(finder.mightMention('Restart the router in the back room; see status.example.com')).toBe(false);
    // A domain in pieces is not the domain; in one piece it is.
    const domain = new NameFinder([{ text: 'crm.example.com', kind: 'domain', subject: 'CRM' }]);
    expect(domain.mightMention('Ask the CRM team, for example by mail, or on a .com site')).toBe(false);
    expect(domain.mightMention('Open https://CRM.example.com/app and sign in')).toBe(true);
    expect(finder.mightMention('Zoho is down; the list is on paper')).toBe(false);
    expect(finder.mightMention('Export from Zoho\nCRM')).toBe(true);
    expect(finder.mightMention('Export from ZOHO crm')).toBe(true);
  });

  it('reads hosts from web and mail addresses only', () => {
    expect(hostOf('https://Crm.Zoho.com/x')).toBe('crm.zoho.com');
    expect(hostOf('mailto:someone@xero.com')).toBe('xero.com');
    expect(hostOf('procedures/crm.md')).toBeUndefined();
  });

  it('finds every tool of the list in a step that names it, and knows each name once', () => {
    expect(businessTools.length).toBeGreaterThan(0);
    for (const tool of businessTools) {
      // A tool whose bare name is an everyday word is named by its qualified forms only ("Box.com").
      const name = tool.plainWord ? (tool.aliases?.[0] ?? tool.properNouns?.[0] ?? tool.domains?.[0]) : tool.name;
      expect(named(`Then open ${name} and check the orders`), tool.name).toEqual([tool.name]);
    }
    const names = businessTools.flatMap(caseInsensitiveNames).map((name) => name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
