import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router';
import { setApiNavigate } from './shared/api';
import { queryClient } from './shared/queryClient';
import './shared/base.css';

// 401 → login and "must change password" redirects go through the router: no full reload.
setApiNavigate((to) => {
  void router.navigate(to);
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
