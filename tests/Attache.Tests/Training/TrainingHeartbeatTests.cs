using Attache.Training;

namespace Attache.Tests.Training;

public class TrainingHeartbeatTests
{
    [Fact]
    public void A_beat_names_every_candidate_still_running_and_none_that_finished()
    {
        var progress = new StringWriter();
        // The timer never fires in this test: the beats are called by hand.
        using var heartbeat = new TrainingHeartbeat(progress, Timeout.InfiniteTimeSpan);

        heartbeat.Started("event classifier Sdca");
        heartbeat.Started("entity tagger Lbfgs");
        heartbeat.Beat();
        heartbeat.Finished("entity tagger Lbfgs");
        heartbeat.Beat();
        heartbeat.Finished("event classifier Sdca");
        heartbeat.Beat();

        var lines = progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^      still training: entity tagger Lbfgs \d+ s, event classifier Sdca \d+ s\r?$", lines[0]);
        Assert.Matches(@"^      still training: event classifier Sdca \d+ s\r?$", lines[1]);
    }

    [Fact]
    public void Reports_come_every_few_seconds()
    {
        Assert.InRange(TrainingHeartbeat.Interval, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }
}
