// Hands "This map was updated" (updatedNotice.ts) to the app's notices once,
// when the app first mounts after the reload onto a new build.
import { useEffect } from 'react';
import { takeUpdatedNotice } from './updatedNotice';

export function useUpdatedNotice(onNotice: (notice: string) => void): void {
  useEffect(
    function noticeUpdate() {
      const notice = takeUpdatedNotice();
      if (notice) onNotice(notice);
    },
    [onNotice],
  );
}
