// What the page shows around the editable body: title, 主送 and signature, from the metadata.

import type { ReactNode } from 'react';
import { signatureIndents } from '../../shared/layout/signature';
import type { DraftMeta, Signature } from '../../shared/model';
import { STRINGS } from '../strings';
import { MarkedTitle } from './plugins/mark-title';

export function PageFrame({
  meta,
  signature,
  children,
}: {
  meta: DraftMeta;
  signature: Signature | null;
  children: ReactNode;
}) {
  const indents = signature ? signatureIndents(signature.unit, signature.date) : null;
  return (
    <article className="page">
      {meta.issuer && <p className="page-issuer">{meta.issuer}</p>}
      <h1 className={`page-title${meta.title ? '' : ' empty'}`}>
        {meta.title ? (
          <MarkedTitle text={meta.title} marks={meta.titleMarks} />
        ) : (
          STRINGS.home.untitled
        )}
      </h1>
      {meta.recipient && <p className="page-recipient">{meta.recipient}</p>}
      {children}
      {signature && indents && (signature.unit || signature.date) && (
        <div className="page-signature">
          <p style={{ paddingRight: `${indents.unitRight}em` }}>{signature.unit}</p>
          <p style={{ paddingRight: `${indents.dateRight}em` }}>{signature.date}</p>
        </div>
      )}
    </article>
  );
}
