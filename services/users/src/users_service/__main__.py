from servicekit.service import serve

from users_service.service import SERVICE

serve(SERVICE)
