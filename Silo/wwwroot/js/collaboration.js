// Collaborators (the master marked) and chat: notices and messages come through the session's feed.

export function createCollaboration(list, chat, form, input, send) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    send({ type: 'chat', text });
    input.value = '';
  });

  return {
    setClients({ you, clients }) {
      list.replaceChildren(...clients.map((client) => {
        const item = document.createElement('li');
        item.textContent = client.user + (client.id === you ? ' (you)' : '');
        if (client.master) {
          const badge = document.createElement('span');
          badge.className = 'badge';
          badge.textContent = 'master';
          item.append(badge);
        }
        return item;
      }));
    },
    addMessage({ user, text, time }) {
      const item = document.createElement('li');
      const when = new Date(time).toLocaleTimeString();
      item.textContent = `${when} ${user}: ${text}`;
      chat.append(item);
      item.scrollIntoView({ block: 'nearest' });
    },
  };
}
