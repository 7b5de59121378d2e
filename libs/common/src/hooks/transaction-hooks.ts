/** Reacts to a change inside the change's transaction; throwing rolls the change back. */
export type TransactionListener<E> = (event: E) => Promise<void>;

/**
 * How one bounded context lets others follow its changes in the same transaction without
 * depending on them: the others register a listener at start-up, the context calls `notify`
 * after writing its rows. Listeners run one after another in registration order; an error of
 * one rolls the whole change back, so the contexts never disagree. Each context makes one
 * injectable subclass per kind of change (e.g. `WorkshopChangeHooks`).
 */
export abstract class TransactionHooks<E> {
  private readonly listeners: TransactionListener<E>[] = [];

  /** Adds a listener; the answer removes it again (e.g. a test's listener after the test). */
  register(listener: TransactionListener<E>): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  async notify(event: E): Promise<void> {
    if (!this.concerns(event)) return;
    for (const listener of this.listeners) await listener(event);
  }

  /** Whether an event is worth telling the listeners (e.g. not when nothing changed). */
  protected concerns(_event: E): boolean {
    return true;
  }
}
