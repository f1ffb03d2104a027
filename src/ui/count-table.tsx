/** A small captioned table of labelled counts (mailboxes by type, permissions by kind). */
export function CountTable(props: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: readonly { key: string; label: string; count: string }[];
}) {
  return (
    <table className="table count-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.labelHeader}</th>
          <th scope="col" className="num">
            {props.countHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
