namespace ToolShapes.Snipdock.Infrastructure;

/// <summary>Snipdock's own log: %LOCALAPPDATA%\Snipdock\logs\snipdock-yyyyMMdd.log, attached to every bug report.</summary>
public static class Log
{
    private static readonly object Gate = new();

    public static void Debug(string message) => Write("DBG", message);

    public static void Info(string message) => Write("INF", message);

    public static void Error(string message, Exception? exception = null) => Write("ERR", exception is null ? message : message + Environment.NewLine + exception);

    private static void Write(string level, string message)
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Snipdock", "logs");
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, $"snipdock-{DateTime.Now:yyyyMMdd}.log"), $"{DateTime.Now:HH:mm:ss.fff} [{level}] {message}{Environment.NewLine}");
        }
    }
}
