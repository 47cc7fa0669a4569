// The printed date is the day of printing, not the build day.
addEventListener('beforeprint', () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-print-date]')) {
    time.dateTime = today;
    time.textContent = today;
  }
});
