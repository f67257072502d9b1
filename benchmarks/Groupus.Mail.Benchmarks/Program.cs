using System.Diagnostics;
using System.Globalization;
using Groupus.Api.Hosting;
using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;
using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Communications.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using static Groupus.Benchmarks.Timing;

// E-mail throughput (issue 14) to a local SMTP server (aiosmtpd), one SMTP connection per message:
//   reference: a plain MailKit loop sending the same messages; ours: the delivery worker's passes over MESSAGES queued
//   notifications (rendered, claimed, sent, every attempt and outcome saved in SQLite). Prints Markdown.
// Usage: Groupus.Mail.Benchmarks --data-dir DIR --smtp-port PORT [--messages 1000]
var dataDirectory = Argument("--data-dir") ?? throw new ArgumentException("--data-dir is required");
var port = int.Parse(Argument("--smtp-port") ?? throw new ArgumentException("--smtp-port is required"), CultureInfo.InvariantCulture);
var count = int.Parse(Argument("--messages") ?? "1000", CultureInfo.InvariantCulture);

var app = GroupusServer.Build(
    [
        $"--Groupus:DataDirectory={dataDirectory}",
        "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0",
        "--Communications:Mail:Transport=Smtp",
        "--Communications:Mail:SmtpHost=127.0.0.1",
        $"--Communications:Mail:SmtpPort={port}",
        "--Communications:Mail:Security=None",
        "--Communications:Mail:PollInterval=01:00:00",
        "--Communications:Mail:BatchSize=50",
        "--Logging:LogLevel:Default=Warning",
    ],
    builder =>
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    });
await app.StartAsync();

var reference = await MeasureAsync(async () =>
{
    for (var i = 0; i < count; i++)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.SendAsync(Message(Guid.CreateVersion7(), i));
        await client.DisconnectAsync(quit: true);
    }
});

await QueueAsync();
var worker = app.Services.GetServices<IHostedService>().OfType<MailDeliveryWorker>().Single();
var ours = await MeasureAsync(async () =>
{
    while (await worker.DeliverDueAsync(CancellationToken.None) > 0)
    {
    }
});
using (var scope = app.Services.CreateScope())
{
    var delivered = await scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().MailDeliveries.CountAsync(d => d.Status == MailStatus.Delivered);
    if (delivered != count)
    {
        Console.Error.WriteLine($"only {delivered} of {count} e-mails were delivered");
        return 1;
    }
}

Console.WriteLine($"| path | messages | time | messages/s | CPU per message | messages/s vs the plain MailKit loop |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
Console.WriteLine(Row("plain MailKit loop (reference)", reference, reference));
Console.WriteLine(Row("delivery worker (claim, send, record in SQLite)", ours, reference));
await app.StopAsync();
return 0;

string Row(string path, (double Ms, double CpuMs) figure, (double Ms, double CpuMs) baseline) => string.Create(CultureInfo.InvariantCulture,
    $"| {path} | {count:N0} | {figure.Ms / 1000:F2} s | {count / (figure.Ms / 1000):F0} | {figure.CpuMs / count:F2} ms | {baseline.Ms / figure.Ms:F2}× |");

async Task QueueAsync()
{
    using var scope = app.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>();
    var now = DateTime.UtcNow;
    for (var i = 0; i < count; i++)
    {
        var notification = Notification.ForStaff(Guid.NewGuid(), [$"host{i}@groupus.test"], "Your visitor has arrived", $"Your visitor is at reception wearing badge {i}.", NotificationChannel.Email, now);
        db.Notifications.Add(notification);
        db.MailDeliveries.Add(MailDelivery.For(MailSource.Notification, notification.Id, 1, now));
    }

    await db.SaveChangesAsync();
}

static MimeMessage Message(Guid id, int i)
{
    var message = new MimeMessage();
    message.From.Add(MailboxAddress.Parse("Groupus <no-reply@groupus.invalid>"));
    message.To.Add(MailboxAddress.Parse($"host{i}@groupus.test"));
    message.Subject = "Your visitor has arrived";
    message.MessageId = $"{id:N}@groupus.invalid";
    message.Body = new TextPart("plain") { Text = $"Your visitor is at reception wearing badge {i}." };
    return message;
}

static async Task<(double Ms, double CpuMs)> MeasureAsync(Func<Task> run)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var start = Now();
    await run();
    process.Refresh();
    return (Since(start), (process.TotalProcessorTime - cpu).TotalMilliseconds);
}

string? Argument(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
