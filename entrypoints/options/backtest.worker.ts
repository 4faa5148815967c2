// The options page's backtest worker: runs each job posted by the page off the page's thread, so
// a large export never freezes the settings form. Cancelling is done by the page terminating it.
import { BacktestJobs, type BacktestJob, type BacktestReply } from '@/lib/ui/backtest-job';

const jobs = new BacktestJobs();
const post = (reply: BacktestReply) => {
  self.postMessage(reply);
};
self.addEventListener('message', (event: MessageEvent<BacktestJob>) => {
  jobs.run(event.data, post);
});
