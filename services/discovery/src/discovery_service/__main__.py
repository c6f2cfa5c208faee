from servicekit.service import serve

from discovery_service.service import SERVICE

serve(SERVICE)
