/**
 * Three short beeps made with Web Audio (no sound files to ship). Silent where there is no
 * AudioContext or the browser refuses to play before a user gesture: the flashing chip still shows
 * that the time is up.
 */
export function beep(): void {
  const Context =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ??
        (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  if (!Context) return;
  try {
    const audio = new Context();
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.value = 0.2;
    for (let i = 0; i < 3; i += 1) {
      const tone = audio.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = 880;
      tone.connect(gain);
      const at = audio.currentTime + i * 0.35;
      tone.start(at);
      tone.stop(at + 0.2);
    }
    setTimeout(() => void audio.close().catch(() => undefined), 1500);
  } catch {
    // No audio device: the visual signal is enough.
  }
}
