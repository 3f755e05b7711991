using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using MovieNight.Api.Data;
using MovieNight.Api.Services;

namespace MovieNight.Api.Controllers;

public sealed record LoginRequest(string Email, string Password);

[ApiController]
[Route("api/[controller]")]
public sealed class AuthController(UserManager<AppUser> users, TokenService tokens, ILogger<AuthController> logger) : ControllerBase
{
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginRequest request)
    {
        var user = await users.FindByEmailAsync(request.Email);
        if (user is null || !await users.CheckPasswordAsync(user, request.Password))
        {
            logger.LogWarning("Failed login, password of {Length} characters",
                request.Password.Length);  // expect: none
            return Unauthorized();
        }

        var roles = await users.GetRolesAsync(user);
        return Ok(new { token = tokens.CreateToken(user, roles) });
    }

    [Authorize]
    [HttpGet("me")]
    public IActionResult Me()
    {
        logger.LogDebug("GET /api/auth/me with {Authorization}",
            Request.Headers.Authorization.ToString());  // expect: log
        return Ok(new { id = User.FindFirst(ClaimTypes.NameIdentifier)?.Value });
    }
}
