import { createLocalServices } from '../../../src/local/services/createLocalServices';
import { Workbook } from '../../../src/local/workbook/model';
import { typed } from '../helpers';

describe('Lock', () => {
  it('lets the first execution on a workbook take the document lock and the second fail', () => {
    const workbook = new Workbook();
    const first = typed(createLocalServices(workbook));
    const second = typed(createLocalServices(workbook));
    const lockA = first.LockService.getDocumentLock()!;
    const lockB = second.LockService.getDocumentLock()!;
    expect(lockA.tryLock(5000)).toBe(true);
    expect(lockB.tryLock(5000)).toBe(false);
    expect([lockA.hasLock(), lockB.hasLock()]).toEqual([true, false]);
    lockA.releaseLock();
    expect(lockB.tryLock(5000)).toBe(true);
  });

  it('throws from waitLock with the Apps Script message when the lock is taken', () => {
    const workbook = new Workbook();
    workbook.documentLock.holdElsewhere();
    const services = typed(createLocalServices(workbook));
    expect(() => services.LockService.getDocumentLock()!.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    workbook.documentLock.releaseElsewhere();
    expect(() => services.LockService.getDocumentLock()!.waitLock(1000)).not.toThrow();
  });

  it('shares the lock between lock objects of one execution', () => {
    const services = typed(createLocalServices(new Workbook()));
    services.LockService.getDocumentLock()!.tryLock(0);
    expect(services.LockService.getDocumentLock()!.hasLock()).toBe(true);
  });
});

describe('edge cases', () => {
  it('ignores releasing a lock it does not hold', () => {
    const workbook = new Workbook();
    workbook.documentLock.holdElsewhere();
    const services = typed(createLocalServices(workbook));
    services.LockService.getDocumentLock()!.releaseLock();
    expect(workbook.documentLock.isHeld()).toBe(true);
  });

  it('rejects a negative timeout', () => {
    const services = typed(createLocalServices(new Workbook()));
    expect(() => services.LockService.getDocumentLock()!.tryLock(-1)).toThrow(/timeout/);
  });
});

describe('a platform without a document lock', () => {
  it('returns null from getDocumentLock when the run is started with documentLock: null', () => {
    const services = typed(createLocalServices(new Workbook(), { documentLock: 'null' }));
    expect(services.LockService.getDocumentLock()).toBeNull();
  });
});
