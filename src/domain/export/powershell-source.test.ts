import { describe, expect, it } from 'vitest';
import { script } from '../../testing/powershell-test-lines.ts';

describe('powerShellScript endpoint variants', () => {
  it('hybrid with an existing endpoint tests it and creates none', () => {
    const lines = script('minimal-hybrid', {
      settings: {
        existingEndpoint: 'Hybrid Migration Endpoint - EWS (Default Web Site)',
        tenant: 'contoso.mail.onmicrosoft.com',
      },
    });
    expect(lines).toContain("$EndpointName = 'Hybrid Migration Endpoint - EWS (Default Web Site)'");
    expect(lines).toContain('$Check = Test-MigrationServerAvailability -Endpoint $EndpointName');
    expect(lines.join('\n')).not.toMatch(/New-MigrationEndpoint|\$Credentials/);
    expect(lines).toContain('# No password is stored here.');
  });

  it('hybrid with only an admin address uses Autodiscover', () => {
    const lines = script('express-hybrid', {
      settings: { adminEmail: 'administrator@onprem.contoso.com' },
    });
    expect(lines).toContain(
      'New-MigrationEndpoint -ExchangeRemoteMove -Name $EndpointName -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
    );
    expect(lines).toContain("$TargetDeliveryDomain = '<fill in: <tenant>.mail.onmicrosoft.com>'");
  });

  it('refuses a TargetDeliveryDomain that is not the tenant coexistence domain', () => {
    const lines = script('full-hybrid', { settings: { tenant: 'contoso.com' } });
    expect(lines).toContain("$TargetDeliveryDomain = '<fill in: <tenant>.mail.onmicrosoft.com>'");
    expect(lines).toContain('foreach ($Setting in @($RemoteServer, $TargetDeliveryDomain)) {');
  });
});
