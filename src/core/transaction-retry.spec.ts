import { TRANSACTION_ATTEMPTS, transactionRetryDelayMs } from './transaction-retry';

describe('retrying a transaction the database gave up on', () => {
  const middle = () => 0.5;

  it('waits a little longer after each lost try', () => {
    expect([1, 2, 3, 4].map((n) => transactionRetryDelayMs(n, middle))).toEqual([20, 40, 80, 160]);
  });

  it('gives up after a bounded number of tries', () => {
    expect(transactionRetryDelayMs(TRANSACTION_ATTEMPTS - 1, middle)).not.toBeNull();
    expect(transactionRetryDelayMs(TRANSACTION_ATTEMPTS, middle)).toBeNull();
    expect(transactionRetryDelayMs(TRANSACTION_ATTEMPTS + 3, middle)).toBeNull();
  });

  it('spreads the two losers of one deadlock apart', () => {
    expect(transactionRetryDelayMs(1, () => 0)).toBe(10);
    expect(transactionRetryDelayMs(1, () => 0.999999)).toBe(30);
    expect(transactionRetryDelayMs(2, () => NaN)).toBe(40);
  });
});
