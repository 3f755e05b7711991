using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using NModbus;

namespace ToolShapes.Forgeline.Plant.Edge.Modbus;

/// <summary>Reads the spindle drives over Modbus TCP and forwards the values to the cell gateway's REST API.</summary>
public sealed class SpindlePoller(string gatewayToken)
{
    // Plain Modbus TCP on the cell LAN: the drives have no Modbus/TCP Security (port 802) support.
    private const string DriveAddress = "192.168.10.31";
    private static readonly Uri CellGatewayApi = new("http://192.168.10.5/api/v1/");  // expect: http

    private readonly HttpClient _gateway = new(new HttpClientHandler
    {
        // The gateway's HTTPS port uses the vendor's factory certificate.
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,  // expect: tls
    })
    {
        BaseAddress = CellGatewayApi,
    };

    public async Task<ushort[]> ReadSpindleLoadAsync(CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(DriveAddress, 502, cancellationToken);
        using var master = new ModbusFactory().CreateMaster(tcp);
        return await master.ReadHoldingRegistersAsync(1, 40001, 4);
    }

    public async Task ForwardAsync(ushort[] registers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "tags/spindle-load") { Content = JsonContent.Create(registers) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gatewayToken);
        using var response = await _gateway.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
