/**
 * Runs work one at a time per contact, in arrival order. A learner who types "B" and then
 * "C" means the second for the prompt the first one opens; read side by side, both would
 * meet the first prompt. Different contacts still run side by side.
 */
export class PerContactQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(contactId: string, work: () => Promise<void>): Promise<void> {
    const next = (this.tails.get(contactId) ?? Promise.resolve()).then(work);
    const tail = next.catch(() => undefined);
    this.tails.set(contactId, tail);
    void tail.then(() => {
      if (this.tails.get(contactId) === tail) this.tails.delete(contactId);
    });
    return next;
  }
}
