using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// Gives MSAL one HttpClient that trusts exactly one certificate, the fake token service's,
/// and nothing else: not the machine's roots, not a certificate issued for another name.
/// </summary>
public sealed class TrustingMsalHttpClientFactory : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client;
    private int _clientsHandedOut;

    public TrustingMsalHttpClientFactory(X509Certificate2 trustedRoot)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsTrusted(trustedRoot, certificate, errors),
            },
        };
        _client = new HttpClient(handler);
    }

    /// <summary>How many times MSAL asked for a client: zero means the app did not use this factory.</summary>
    public int ClientsHandedOut => Volatile.Read(ref _clientsHandedOut);

    public HttpClient GetHttpClient()
    {
        Interlocked.Increment(ref _clientsHandedOut);
        return _client;
    }

    public void Dispose() => _client.Dispose();

    private static bool IsTrusted(X509Certificate2 trustedRoot, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trustedRoot);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(presented);
    }
}
