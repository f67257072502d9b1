using Groupus.Api.Grpc.Communications.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class MailSpecifications : CliSpecification
{
    [Fact]
    public async Task Mail_status_sends_the_id_and_state_and_shows_each_attempt_and_recipient()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListMailRequest, ListMailResponse>(_ => new ListMailResponse
        {
            Mail =
            {
                new Mail
                {
                    Id = "m1",
                    Source = "notification",
                    SourceId = "n1",
                    MessageId = "n1@groupus.invalid",
                    Status = MailStatus.PartiallyDelivered,
                    Attempts = { new MailAttempt { Number = 1, Outcome = "accepted", ReplyCode = 250, AcceptedRecipients = 1, RefusedRecipients = 1 } },
                    Recipients =
                    {
                        new MailRecipient { Position = 0, Outcome = "accepted", ReplyCode = 250 },
                        new MailRecipient { Position = 1, Outcome = "refused", ReplyCode = 550 },
                    },
                },
            },
        });

        var result = await Cli.RunAsync("mail", "status", "--message", "m1", "--state", "partially-delivered");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<ListMailRequest>());
        Assert.Equal(("m1", MailStatus.PartiallyDelivered), (request.MailId, request.Status));
        Assert.Contains("partially-delivered", result.Output);
        Assert.Contains("#2 refused 550", result.Output);
    }

    [Fact]
    public async Task Mail_status_refuses_a_state_it_does_not_know_before_calling_the_server()
    {
        await LoggedInAsAliceAsync();

        var result = await Cli.RunAsync("mail", "status", "--state", "lost");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(Backend.RequestsOf<ListMailRequest>());
    }
}
