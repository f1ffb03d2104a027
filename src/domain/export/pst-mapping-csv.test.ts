import { describe, expect, it } from 'vitest';
import { emails } from '../../testing/export-test-data.ts';
import { defaultPstEntries, pstMappingCsv } from './pst-mapping-csv.ts';

const HEADER =
  'Workload,FilePath,Name,Mailbox,IsArchive,TargetRootFolder,ContentCodePage,SPFileContainer,SPManifestContainer,SPSiteUrl';

describe('pstMappingCsv', () => {
  it('golden: Microsoft’s example rows', () => {
    const { files, problems } = pstMappingCsv([
      { mailbox: 'annb@contoso.onmicrosoft.com', pstName: 'annb.pst', targetRootFolder: '/' },
      { mailbox: 'annb@contoso.onmicrosoft.com', pstName: 'annb_archive.pst', isArchive: true },
      {
        mailbox: 'pilarp@contoso.onmicrosoft.com',
        pstName: 'pilarp_archive.pst',
        isArchive: true,
        targetRootFolder: '/ImportedPst',
        filePath: 'PSTFiles',
      },
      { mailbox: 'kenji@contoso.com', pstName: 'kenji.pst', contentCodePage: 932 },
    ]);
    expect(problems).toEqual([]);
    expect(files).toEqual([
      {
        name: 'pst-mapping.csv',
        rows: 4,
        content:
          `${HEADER}\r\n` +
          'Exchange,,annb.pst,annb@contoso.onmicrosoft.com,FALSE,/,,,,\r\n' +
          'Exchange,,annb_archive.pst,annb@contoso.onmicrosoft.com,TRUE,,,,,\r\n' +
          'Exchange,PSTFiles,pilarp_archive.pst,pilarp@contoso.onmicrosoft.com,TRUE,/ImportedPst,,,,\r\n' +
          'Exchange,,kenji.pst,kenji@contoso.com,FALSE,,932,,,\r\n',
      },
    ]);
  });

  it('500 rows stay one file; 501 become two parts', () => {
    const five = pstMappingCsv(defaultPstEntries(emails(500)));
    expect(five.files.map((f) => [f.name, f.rows])).toEqual([['pst-mapping.csv', 500]]);
    expect(five.files[0]!.content.split('\r\n')).toHaveLength(502);
    const six = pstMappingCsv(defaultPstEntries(emails(501)), 'batch-01-pilot');
    expect(six.files.map((f) => [f.name, f.rows])).toEqual([
      ['batch-01-pilot-part-1.csv', 500],
      ['batch-01-pilot-part-2.csv', 1],
    ]);
    expect(six.files[1]!.content).toBe(
      `${HEADER}\r\nExchange,,u500.pst,u500@x.test,FALSE,,,,,\r\n`,
    );
  });

  it('writes no file for an empty list', () => {
    expect(pstMappingCsv([]).files).toEqual([]);
  });

  it('reports exact duplicates and case-only duplicates', () => {
    const { problems } = pstMappingCsv([
      { mailbox: 'a@x.test', pstName: 'a.pst' },
      { mailbox: 'b@x.test', pstName: 'a.pst' },
      { mailbox: 'c@x.test', pstName: 'A.pst' },
      { mailbox: 'd@x.test', pstName: 'a.pst', filePath: 'other' },
    ]);
    expect(problems).toEqual([
      { path: 'pst[1].pstName', message: expect.stringMatching(/listed twice \(rows 1 and 2\)/) },
      { path: 'pst[2].pstName', message: expect.stringMatching(/only in case/) },
      { path: 'pst[3].pstName', message: expect.stringMatching(/listed twice \(rows 1 and 4\)/) },
    ]);
  });

  it('reports empty cells, ingestiondata in FilePath and formula-like cells', () => {
    const { files, problems } = pstMappingCsv([
      { mailbox: '', pstName: ' ' },
      { mailbox: 'a@x.test', pstName: '=cmd.pst', filePath: 'ingestiondata/x' },
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      'pst[0].mailbox',
      'pst[0].pstName',
      'pst[1].filePath',
      'pst[1]',
    ]);
    expect(files[0]!.content).toContain(",'=cmd.pst,");
  });
});

describe('defaultPstEntries', () => {
  it('one <alias>.pst per mailbox, unique even ignoring case', () => {
    expect(
      defaultPstEntries([
        'ann@contoso.com',
        'ANN@fabrikam.com',
        'ann@fabrikam.com',
        'we/ird@x.test',
      ]).map((e) => [e.mailbox, e.pstName]),
    ).toEqual([
      ['ann@contoso.com', 'ann.pst'],
      ['ANN@fabrikam.com', 'ANN_fabrikam.com.pst'],
      ['ann@fabrikam.com', 'ann_fabrikam.com_2.pst'],
      ['we/ird@x.test', 'we_ird.pst'],
    ]);
  });

  it('never yields duplicate names, so the derived files have no problems', () => {
    const list = [...emails(50, 'a.test'), ...emails(50, 'b.test'), ...emails(50, 'a.test')];
    expect(pstMappingCsv(defaultPstEntries(list)).problems).toEqual([]);
  });
});
