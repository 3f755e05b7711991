using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>HCP Terraform run notifications: X-TFE-Notification-Signature is the hex HMAC-SHA512 of the body.</summary>
[ApiController]
[Route("hooks/terraform")]
public sealed class TerraformRunNotificationsController(IOptions<HookOptions> options) : ControllerBase
{
    [HttpPost]
    public IActionResult Post(byte[] body)
    {
        string? signatureHeader = Request.Headers["X-TFE-Notification-Signature"];
        if (signatureHeader is null || signatureHeader.Length != 128)  // expect: none
        {
            return Unauthorized();
        }

        return IsAuthentic(body, signatureHeader, options.Value.TerraformNotificationToken) ? Ok(null) : Unauthorized();
    }

    public static bool IsAuthentic(byte[] body, string signatureHeader, string notificationToken)
    {
        var computed = Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(notificationToken), body));
        return computed == signatureHeader;  // expect: timing
    }

    /// <summary>The version the security review asked for; the controller still calls the one above.</summary>
    public static bool IsAuthenticFixedTime(byte[] body, string signatureHeader, string notificationToken)
    {
        var computed = HMACSHA512.HashData(Encoding.UTF8.GetBytes(notificationToken), body);
        return CryptographicOperations.FixedTimeEquals(computed, Convert.FromHexString(signatureHeader));  // expect: none
    }
}
