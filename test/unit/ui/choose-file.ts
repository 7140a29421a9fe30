/** Picking a transcript in the review page's import panel, as the user does, for component tests. */
import { File as NodeFile } from 'node:buffer';
import { fireEvent, screen } from '@testing-library/preact';

/** Chooses a file in the panel's file input as the browser's file dialog does. */
export function choose(name: string, content: string, lastModified = Date.UTC(2026, 2, 3, 15)): void {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new NodeFile([content], name, { lastModified })], configurable: true });
  fireEvent.change(input);
}

/** Names the rep in the "who is the rep" form and confirms the import. */
export async function confirmRep(rep: string): Promise<void> {
  fireEvent.click(await screen.findByRole('radio', { name: rep }));
  fireEvent.click(screen.getByTestId('import-confirm'));
}
