using Microsoft.Extensions.DependencyInjection;
using Microsoft.Maui.Hosting;
using Tripnote.Maui.Services;

namespace Tripnote.Maui;

public sealed class App : Microsoft.Maui.Controls.Application;

public static class MauiProgram
{
    public static MauiApp CreateMauiApp()
    {
        var builder = MauiApp.CreateBuilder();
        builder.UseMauiApp<App>()
            .UseSentry(options =>
            {
                options.Dsn = "https://{{synthetic:32:hex}}@o4505123456789012.ingest.sentry.io/4505123456789013";  // expect: none
                options.Debug = false;
            });

        builder.Services.AddHttpClient("api", client => client.BaseAddress = new Uri(ApiEndpoints.Current))
            .ConfigurePrimaryHttpMessageHandler(HttpHandlers.CreateForApi);
        builder.Services.AddHttpClient("tiles", client => client.BaseAddress = new Uri(ApiEndpoints.Tiles))
            .ConfigurePrimaryHttpMessageHandler(HttpHandlers.CreateForTiles);
        builder.Services.AddHttpClient("media", client => client.BaseAddress = new Uri(ApiEndpoints.MediaUpload));
        builder.Services.AddSingleton<SessionService>();
        return builder.Build();
    }
}
