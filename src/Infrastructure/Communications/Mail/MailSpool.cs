using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>
/// The owner-only directory of rendered messages, one RFC 5322 message per .eml file named by the message's id, each
/// written to a temporary name and renamed so that nothing ever reads half a file. With the pickup-directory transport a
/// relay collects them; with SMTP it is the delivery worker's queue, and the only place a one-time code's body is kept
/// until it has been sent.
/// </summary>
internal sealed class MailSpool(IOptions<PickupDirectoryOptions> options, IOptions<GroupusOptions> groupus)
{
    public async Task WriteAsync(string name, MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = Directory();
        DataDirectory.EnsureExists(directory);
        var path = PathOf(directory, name);
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The message spooled under <paramref name="name"/>, or null when it is not there (withdrawn, sent).</summary>
    public async Task<MimeMessage?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await MimeMessage.LoadAsync(PathOf(Directory(), name), cancellationToken);
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string name)
    {
        var directory = Directory();
        if (System.IO.Directory.Exists(directory))
        {
            File.Delete(PathOf(directory, name) + ".tmp");
            File.Delete(PathOf(directory, name));
        }
    }

    private string Directory() => options.Value.PickupDirectory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(groupus.Value.ResolveDataDirectory(), "outgoing-mail");

    private static string PathOf(string directory, string name) => Path.Combine(directory, name + ".eml");
}
