// The popup's export of the log as a CSV or JSON download, loaded only when the owner asks for
// one (a dynamic import in App.tsx), so the first screen neither loads nor parses it.
import { queryAllForExport } from '@/lib/db/log-queries';
import type { LogReader } from '@/lib/db/log-reader';
import { queryAllVerdicts } from '@/lib/db/verdict-queries';
import { downloadText } from '@/lib/ui/download';
import { exportFileName, logToCsv, logToJson } from '@/lib/ui/export-log';

export async function exportLog(reader: LogReader, kind: 'csv' | 'json'): Promise<void> {
  const [rows, verdicts] = await Promise.all([queryAllForExport(reader), queryAllVerdicts(reader)]);
  const at = Date.now();
  if (kind === 'csv')
    downloadText(exportFileName('csv', at), logToCsv(rows), 'text/csv;charset=utf-8');
  else downloadText(exportFileName('json', at), logToJson(rows, at, verdicts), 'application/json');
}
