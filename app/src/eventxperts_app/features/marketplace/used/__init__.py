"""The used-item market: people sell used event items to each other (listings with photos, moderated
by super admins) and talk in a thread per buyer and listing."""
