using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;
using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Communications.Mail;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.Communications;

/// <summary>
/// The real server sending through a real scripted SMTP server, on a clock the test moves: the delivery worker's own
/// loop waits an hour between passes, so the test runs each pass itself and moves the clock past each backoff.
/// </summary>
public sealed class MailWorld : IAsyncDisposable
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);
    public const double RetryJitter = 0.2;

    private MailWorld(TestServer server, ScriptedSmtpServer smtp, SettableClock clock)
    {
        Server = server;
        Smtp = smtp;
        Clock = clock;
    }

    public TestServer Server { get; }

    public ScriptedSmtpServer Smtp { get; }

    public SettableClock Clock { get; }

    public static async Task<MailWorld> StartAsync(ScriptedSmtpServer smtp, params string[] settings)
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var server = await TestServer.StartAsync(null, clock,
        [
            "Communications:Mail:Transport=Smtp",
            "Communications:Mail:SmtpHost=127.0.0.1",
            $"Communications:Mail:SmtpPort={smtp.Port}",
            "Communications:Mail:Security=None",
            "Communications:Mail:StaffDomain=groupus.test",
            "Communications:Mail:PollInterval=01:00:00",
            $"Communications:Mail:FirstRetryDelay={FirstRetryDelay}",
            $"Communications:Mail:RetryJitter={RetryJitter}",
            "Communications:Mail:MaxAttempts=5",
            .. settings,
        ]);
        return new MailWorld(server, smtp, clock);
    }

    /// <summary>Records a notification e-mailed to <paramref name="addresses"/>, as a module's event handler does.</summary>
    public async Task<Guid> QueueNotificationAsync(params string[] addresses)
    {
        using var scope = Server.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var notification = Notification.ForStaff(Guid.NewGuid(), addresses, "Your visitor has arrived", "Badge 7.", NotificationChannel.Email, now);
        var delivery = MailDelivery.For(MailSource.Notification, notification.Id, addresses.Length, now);
        db.Notifications.Add(notification);
        db.MailDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    /// <summary>One pass of the delivery worker; how many e-mails it took.</summary>
    public Task<int> DeliverDueAsync() =>
        Server.App.Services.GetServices<IHostedService>().OfType<MailDeliveryWorker>().Single().DeliverDueAsync(CancellationToken.None);

    public async Task<MailDelivery> DeliveryAsync(Guid id)
    {
        using var scope = Server.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().MailDeliveries.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Smtp.Dispose();
    }
}
