using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi.Models;
using MovieNight.Api.Services;

namespace MovieNight.Api;

// Week 6 of the course: JWT auth, Swagger, two external APIs, CORS for the Angular client.
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var jwt = builder.Configuration.GetSection("Jwt");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.RequireHttpsMetadata = false;  // expect: none
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = false,  // expect: none
                    ValidIssuer = jwt["Issuer"],
                    ValidAudience = "http://movienight-api.azurewebsites.net",  // expect: none
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt["Key"]!)),
                };
            });

        builder.Services.AddCors(options => options.AddPolicy("client", policy => policy
            .WithOrigins(
                "http://localhost:4200",
                "http://movienight-client.netlify.app")  // expect: none
            .AllowAnyHeader()
            .AllowAnyMethod()));

        builder.Services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "MovieNight API",
                Version = "v1",
                Contact = new OpenApiContact { Name = "Sam", Url = new Uri("http://github.com/samlearns-dotnet/movienight") },  // expect: none
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("http://opensource.org/licenses/MIT") },
            });
            c.AddServer(new OpenApiServer { Url = builder.Configuration["Swagger:ServerUrl"] });
        });

        builder.Services.AddScoped<TokenService>();
        builder.Services.AddHttpClient<WeatherForecastService>(client => client.BaseAddress = new Uri(builder.Configuration["WeatherApi:BaseUrl"]!));
        builder.Services.AddHttpClient<OmdbService>();
        builder.Services.AddHttpClient<TmdbService>(client =>
        {
            client.BaseAddress = new Uri("https://api.themoviedb.org/3/");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", builder.Configuration["Tmdb:ReadAccessToken"]);
        });

        var app = builder.Build();
        app.Urls.Add("http://0.0.0.0:5031");
        app.MapGet("/", () => "MovieNight API is running. Swagger UI: http://localhost:5031/swagger");
        app.Run();
    }
}
