console.log('chat-link-lens');
