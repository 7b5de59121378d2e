import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { downloadFile } from '../app/download';

/** A button that downloads a signed-in file and says so in words when it fails. */
export function DownloadButton({
  path,
  fileName,
  label,
  ariaLabel,
  failed,
}: {
  path: string;
  fileName: string;
  label: string;
  /** A longer name for assistive technology when several such buttons share a page. */
  ariaLabel?: string;
  failed: string;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <div>
      <Button
        variant="default"
        loading={state === 'busy'}
        aria-label={ariaLabel}
        onClick={() => {
          setState('busy');
          downloadFile(path, fileName).then(
            () => setState('idle'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </Button>
      {state === 'failed' && (
        <Text c="red.8" role="alert" size="sm" mt={4}>
          {failed}
        </Text>
      )}
    </div>
  );
}
