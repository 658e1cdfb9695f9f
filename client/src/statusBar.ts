// The budget item in the status bar: shown only while the active editor is a checked PR/FAQ.
import { ThemeColor } from 'vscode';
import type { StatusBarItem } from 'vscode';
import type { StatsParams } from '../../server/src/protocol';
import { formatStatus } from './statusText';

export class BudgetStatus {
  private shown = false;

  constructor(private readonly item: StatusBarItem) {
    item.name = 'PR/FAQ budget';
    item.command = 'workbench.actions.view.problems';
  }

  setClickCommand(command: string): void {
    this.item.command = command;
  }

  show(stats: StatsParams | undefined): void {
    if (!stats) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const view = formatStatus(stats);
    this.item.text = view.text;
    this.item.tooltip = `${view.tooltip}\n\nClick: ${this.item.command === 'prfaq.openPreview' ? 'open the preview' : 'show the problems'}`;
    this.item.backgroundColor = view.overBudget ? new ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.shown = true;
  }

  visibleText(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
