import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main>公文起草助手</main>);
