// "PR/FAQ: New PR/FAQ": asks for the product name and a template, opens an untitled PR/FAQ with it. The text comes
// from the same templates as the snippets and `prfaq init` (server/src/templates).
import * as vscode from 'vscode';
import { templateText, TEMPLATES, type TemplateId } from '../../server/src/templates/templates';

/** Arguments that skip the questions (for tests and other extensions). */
export interface NewPrfaqOptions {
  product?: string;
  template?: TemplateId;
}

export async function newPrfaq(options: NewPrfaqOptions = {}): Promise<vscode.TextDocument | undefined> {
  const product = options.product ?? (await vscode.window.showInputBox({
    title: 'New PR/FAQ (1/2)',
    prompt: 'The product\'s name, as the press release will call it',
    placeHolder: 'e.g. Harbor Shared Inbox',
    ignoreFocusOut: true,
  }));
  if (product === undefined) return undefined;
  const known = TEMPLATES.find((t) => t.id === options.template);
  const template = known ?? (await vscode.window.showQuickPick(
    TEMPLATES.map((t) => ({ label: t.label, detail: t.detail, id: t.id })),
    { title: 'New PR/FAQ (2/2): template', placeHolder: 'Choose a skeleton', ignoreFocusOut: true },
  ));
  if (!template) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'prfaq', content: templateText(template.id, product) });
  await vscode.window.showTextDocument(document);
  return document;
}
