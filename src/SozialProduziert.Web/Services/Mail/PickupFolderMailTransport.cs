using MimeKit;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>
/// Writes each mail as an .eml file (opens in any mail program) instead of sending it: Development, and
/// installations without an SMTP host. A file appears complete or not at all (written aside, then moved).
/// </summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public string Description => $"Abholordner {Folder}";

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult<IMailSession>(new Session(Folder));
    }

    private sealed class Session(string folder) : IMailSession
    {
        public bool IsUsable => true;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";
            var temporary = Path.Combine(folder, name + ".tmp");
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
