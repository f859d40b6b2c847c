// Runs before every component test file.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Testing Library unmounts between tests by itself only when Vitest globals are
// on; they are off here, so without this each test would see the last one's DOM.
afterEach(cleanup);
