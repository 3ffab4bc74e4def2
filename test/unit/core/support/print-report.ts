/** Child-process entry (bundled by timezone.test.ts): prints the report and the process's zone. */
import { computeReport } from './boundary-report';

const report = computeReport();
process.stdout.write(
  JSON.stringify({
    timezoneOffsetAtEpoch: new Date(0).getTimezoneOffset(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    report,
  }),
);
