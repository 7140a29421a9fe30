/**
 * Whether the archive can be written now, for the side panel: a rep whose disk is full is told during the call
 * that it is not being saved, not only on the review page afterwards. It cannot from the moment the writer
 * gives up on a batch for lack of room (`failed`, the writer's own verdict after pruning old calls), and it can
 * again as soon as any write commits. Kept in memory: a restarted worker learns it again from its next write.
 */
export class ArchiveHealth {
  failing = false;

  /** `changed` runs when `failing` flips, so the panel hears of it. */
  constructor(private readonly changed: () => void) {}

  failed(): void {
    if (this.failing) return;
    this.failing = true;
    this.changed();
  }

  /** A write committed: the archive takes writes again. */
  worked(): void {
    if (!this.failing) return;
    this.failing = false;
    this.changed();
  }
}
